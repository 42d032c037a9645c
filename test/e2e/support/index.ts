export { findChromium, launchChromium } from "./chromium";
export { distDir, previewDistDir, serveDist, type StaticServer } from "./server";
export { officeJsCdnUrl, routeOfficeJs, watchPageProblems, type PageProblems } from "./page";
export { openPreviewPane, type PreviewPane } from "./pane";
