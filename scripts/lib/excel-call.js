/**
 * Calling a custom function the way Excel's custom-functions runtime does, driven by the
 * function's entry in functions.json: range parameters as 2-D arrays, omitted optional
 * arguments as `null`, a repeating last parameter as an array, and an invocation object last.
 * The answer is presented as JSON the way Excel shows it: a 1×1 array as its one value, an
 * Excel error (or an Excel error inside an array) as {"error", "message"}.
 *
 * No `require` and no Node API: `npm run invoke` and the bench require this file, and the
 * Chromium tests inject its source into the page, so all three call functions the same way.
 */

/** A call Excel itself would not make (the formula would not be accepted): the caller's mistake. */
class ExcelCallError extends Error {
  constructor(message) {
    super(message);
    this.name = "ExcelCallError";
  }
}

/** The add-in broke its own contract (functions.json says one thing, the function did another). */
class ContractError extends Error {
  constructor(message) {
    super(message);
    this.name = "ContractError";
  }
}

const isCellValue = (value) =>
  value === null || typeof value === "number" || typeof value === "string" || typeof value === "boolean";

const isMatrix = (value) => Array.isArray(value) && value.length > 0 && value.every((row) => Array.isArray(row));

function describeShape(value) {
  if (!Array.isArray(value)) return JSON.stringify(value);
  if (!isMatrix(value)) return "a list that is not rows of cells";
  return `a ${value.length}×${value[0].length} array`;
}

/**
 * A range argument: a non-empty rectangle of cell values, passed on as given once checked (the
 * bench shapes a 1,000,000-row register once per call it times; a copy would double its memory).
 */
function rangeArgument(value, parameter) {
  if (!Array.isArray(value)) return [[cellArgument(value, parameter)]];
  const columns = isMatrix(value) ? value[0].length : 0;
  if (columns === 0 || value.some((row) => row.length !== columns)) {
    throw new ExcelCallError(
      `${parameter.name}: a range is written as rows of cells of equal length, ` +
        `e.g. [[80],[40],[30]] for a column or [[1,2,3]] for a row; got ${JSON.stringify(value)}.`,
    );
  }
  for (const row of value) for (const cell of row) cellArgument(cell, parameter);
  return value;
}

function cellArgument(value, parameter) {
  if (isCellValue(value)) return value;
  throw new ExcelCallError(
    `${parameter.name}: ${JSON.stringify(value)} is not a cell value (a number, text, true/false or null).`,
  );
}

/** One argument for one parameter, shaped by the parameter's dimensionality. */
function shapeArgument(value, parameter) {
  if (parameter.dimensionality === "matrix") return rangeArgument(value, parameter);
  if (Array.isArray(value)) {
    throw new ExcelCallError(
      `${parameter.name} takes a single value, not a range; got ${describeShape(value)}. ` +
        "Pass one number, text, true/false or null.",
    );
  }
  return cellArgument(value, parameter);
}

/**
 * The argument list Excel would pass for `args` (what the user typed, in order): each shaped by
 * its parameter, missing optional ones as null. Refuses what Excel refuses when a formula is
 * entered: too few or too many arguments.
 */
function excelArguments(metadata, args) {
  const parameters = metadata.parameters || [];
  const last = parameters[parameters.length - 1];
  const repeating = last && last.repeating ? last : undefined;
  const fixed = repeating ? parameters.slice(0, -1) : parameters;
  const required = fixed.filter((parameter) => !parameter.optional).length;
  const usage = parameters
    .map(
      (parameter) => (parameter.optional ? `[${parameter.name}]` : parameter.name) + (parameter.repeating ? "…" : ""),
    )
    .join(", ");
  if (args.length < required) {
    throw new ExcelCallError(
      `${metadata.name} needs at least ${required} argument(s), got ${args.length}: ${metadata.name}(${usage}).`,
    );
  }
  if (!repeating && args.length > parameters.length) {
    throw new ExcelCallError(
      `${metadata.name} takes at most ${parameters.length} argument(s), got ${args.length}: ${metadata.name}(${usage}).`,
    );
  }
  const shaped = fixed.map((parameter, index) => (index < args.length ? shapeArgument(args[index], parameter) : null));
  if (repeating) shaped.push(args.slice(fixed.length).map((value) => shapeArgument(value, repeating)));
  return shaped;
}

/** The invocation object Excel appends after the declared arguments. */
function invocationFor(metadata, namespace, shapedArgs, onResult) {
  const options = metadata.options || {};
  const invocation = { functionName: namespace ? `${namespace}.${metadata.name}` : metadata.name };
  if (options.requiresAddress || options.requiresStreamAddress) invocation.address = "Sheet1!A1";
  if (options.requiresParameterAddresses || options.requiresStreamParameterAddresses) {
    // Arguments here are typed values, not cell references: Excel gives those no address.
    invocation.parameterAddresses = shapedArgs.map(() => "");
  }
  if (options.stream) invocation.setResult = onResult;
  return invocation;
}

/**
 * Calls `implementation` as Excel would and settles with {value} or {thrown}. A streaming function
 * answers through invocation.setResult: its first result is taken. A function that never answers
 * is what Excel shows as #BUSY!; it settles with {busy: true} after `timeoutMs`.
 */
function callAsExcel(metadata, implementation, args, { namespace = "", timeoutMs = 30000 } = {}) {
  const shaped = excelArguments(metadata, args);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ busy: true }), timeoutMs);
    const settle = (outcome) => {
      clearTimeout(timer);
      resolve(outcome);
    };
    const onResult = (value) => settle(isErrorLike(value) ? { thrown: value } : { value });
    try {
      const returned = implementation(...shaped, invocationFor(metadata, namespace, shaped, onResult));
      if (metadata.options && metadata.options.stream) return;
      Promise.resolve(returned).then(
        (value) => settle({ value }),
        (thrown) => settle({ thrown }),
      );
    } catch (thrown) {
      settle({ thrown });
    }
  });
}

// A CustomFunctions.Error from whichever runtime the add-in was given.
const isErrorLike = (value) =>
  typeof value === "object" && value !== null && typeof value.code === "string" && value.code.startsWith("#");

/** Excel shows a message only with #VALUE! and #N/A (Microsoft's runtime keeps it on every code). */
function presentError(error) {
  const shown = (error.code === "#VALUE!" || error.code === "#N/A") && error.message;
  return shown ? { error: error.code, message: error.message } : { error: error.code };
}

function presentCell(cell, metadata) {
  if (isErrorLike(cell)) return presentError(cell);
  // Excel shows a non-finite number as #NUM!.
  if (typeof cell === "number" && !Number.isFinite(cell)) return { error: "#NUM!" };
  if (isCellValue(cell)) return cell;
  throw new ContractError(`${metadata.name} answered ${String(cell)}, which is not a value Excel can show.`);
}

/**
 * The outcome of callAsExcel as Excel shows it, as a JSON value. `unexpected` receives what an
 * unhandled throw carried: Excel shows only #VALUE! for it, but the developer wants the reason.
 */
function presentOutcome(outcome, metadata, unexpected = () => {}) {
  if (outcome.busy)
    return { error: "#BUSY!", message: `${metadata.name} did not answer (Excel shows #BUSY! until it does).` };
  if ("thrown" in outcome) {
    if (isErrorLike(outcome.thrown)) return presentError(outcome.thrown);
    unexpected(outcome.thrown);
    return { error: "#VALUE!" };
  }
  const value = outcome.value;
  const declaredMatrix = metadata.result && metadata.result.dimensionality === "matrix";
  if (!declaredMatrix) {
    if (Array.isArray(value)) {
      throw new ContractError(`${metadata.name} is declared to return one value but returned ${describeShape(value)}.`);
    }
    return presentCell(value, metadata);
  }
  const columns = isMatrix(value) ? value[0].length : 0;
  if (columns === 0 || value.some((row) => row.length !== columns)) {
    throw new ContractError(`${metadata.name} is declared to return a 2-D array but returned ${describeShape(value)}.`);
  }
  const cells = value.map((row) => row.map((cell) => presentCell(cell, metadata)));
  // Excel shows a 1×1 array as a plain value in its cell.
  return cells.length === 1 && columns === 1 ? cells[0][0] : cells;
}

module.exports = { ExcelCallError, ContractError, excelArguments, invocationFor, callAsExcel, presentOutcome };
