/** The worked example "Try a function" builds: a template, checked as any template file is. */
import { parseTemplate, type Template } from "../../templates";
import tryFunctions from "./try-functions.json";

export const tryFunctionsTemplate = (): Template => parseTemplate(tryFunctions);
