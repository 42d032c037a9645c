/**
 * The task pane entry. The page also carries the custom functions (one shared runtime), so
 * nothing here may throw before they are registered. Inside Excel, Build writes to the
 * workbook; anywhere else a development build offers the in-memory preview, and a production
 * build says to open the add-in in Excel.
 */
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { detectHost } from "./host";
import { excelTarget, previewTarget } from "./targets";

void detectHost().then((host) => {
  const container = document.getElementById("app");
  if (!container) throw new Error("taskpane.html has no #app element.");
  createRoot(container).render(createElement(App, { host, target: host.inExcel ? excelTarget : previewTarget() }));
});
