/**
 * The custom-functions entry. Each module below declares its functions by JSDoc;
 * custom-functions-metadata-plugin writes functions.json from them and appends the
 * CustomFunctions.associate calls at build time.
 */
import "./allotment";
import "./market";
import "./calendar";
import "./procedure";
import "./schedule";
import "./rights";
import "./transfer";
