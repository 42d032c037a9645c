/**
 * What a production build (`npm run build`, what firms host) ships: no HyperFormula (GPLv3; the
 * preview that uses it is in development builds only), no source maps, and an MIT licence for
 * the add-in itself. Reads dist/, made by `npm test`'s build step.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join, resolve } from "path";
import { DIST } from "../security/built";

const root = resolve(__dirname, "../..");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const shipped = filesUnder(DIST);

test("dist/ is a production build: its taskpane has no preview engine to load", () => {
  expect(shipped.map((file) => file.slice(DIST.length + 1)).sort()).toEqual(
    expect.arrayContaining(["functions.js", "functions.json", "manifest.xml", "taskpane.html", "taskpane.js"]),
  );
});

test.each(
  shipped.filter((file) => /\.(js|html|json|txt)$/.test(file)).map((file) => [file.slice(DIST.length + 1), file]),
)("%s holds no HyperFormula code", (_, file) => {
  const text = readFileSync(file, "utf8");
  // Its class name, its package name and the licence key it is built with.
  expect(text).not.toMatch(/hyperformula|gpl-v3/i);
});

test("no source maps are shipped", () => {
  expect(shipped.filter((file) => file.endsWith(".map"))).toEqual([]);
  for (const file of shipped.filter((f) => f.endsWith(".js")))
    expect(readFileSync(file, "utf8")).not.toMatch(/sourceMappingURL/);
});

test("the add-in is MIT-licensed, in package.json and in LICENSE", () => {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { license?: string };
  expect(pkg.license).toBe("MIT");
  expect(readFileSync(join(root, "LICENSE"), "utf8")).toMatch(/^MIT License/);
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
    packages: Record<string, { license?: string }>;
  };
  // npm install rewrites the lock file's root licence from package.json: they must agree.
  expect(lock.packages[""]?.license).toBe("MIT");
});
