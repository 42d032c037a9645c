/** The production build the security tests read: dist/, made by `npm test`'s build step. */
import fs from "fs";
import path from "path";

export const DIST = path.resolve(__dirname, "..", "..", "dist");

export function builtFile(name: string): string {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does).`);
  return fs.readFileSync(file, "utf8");
}

export const builtScripts = (): string[] => fs.readdirSync(DIST).filter((file) => file.endsWith(".js"));
