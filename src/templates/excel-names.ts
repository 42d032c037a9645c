/**
 * What a template's defined name may be (definedNameProblem), for the template checks and the
 * preview's engine alike, and the names Excel keeps for itself. A template's name must not be one
 * of them: Excel refuses or rewrites the built-in names, and a name spelt like a worksheet
 * function reads as that function to a person (and, in some builds, to Excel's own formula parser).
 */
import { customFunctionNames, NAMESPACE } from "../functions/registry";

/** Built-in defined names (Excel writes these itself; "_xlnm." is their stored prefix). */
const BUILT_IN_NAMES = [
  "Print_Area",
  "Print_Titles",
  "Criteria",
  "Database",
  "Extract",
  "Consolidate_Area",
  "Sheet_Title",
  "Auto_Open",
  "Auto_Close",
  "Auto_Activate",
  "Auto_Deactivate",
  "_FilterDatabase",
];

/** Prefixes Excel uses for future functions and internal names. */
const RESERVED_PREFIXES = ["_xlfn.", "_xlws.", "_xlpm.", "_xlnm.", "_xludf.", "_xleta."];

// Excel's worksheet functions (Microsoft 365), upper case; "." names included.
const WORKSHEET_FUNCTIONS = `
ABS ACCRINT ACCRINTM ACOS ACOSH ACOT ACOTH ADDRESS AGGREGATE AMORDEGRC AMORLINC AND ARABIC AREAS
ARRAYTOTEXT ASC ASIN ASINH ATAN ATAN2 ATANH AVEDEV AVERAGE AVERAGEA AVERAGEIF AVERAGEIFS BAHTTEXT
BASE BESSELI BESSELJ BESSELK BESSELY BETA.DIST BETA.INV BETADIST BETAINV BIN2DEC BIN2HEX BIN2OCT
BINOM.DIST BINOM.DIST.RANGE BINOM.INV BINOMDIST BITAND BITLSHIFT BITOR BITRSHIFT BITXOR BYCOL BYROW
CALL CEILING CEILING.MATH CEILING.PRECISE CELL CHAR CHIDIST CHIINV CHISQ.DIST CHISQ.DIST.RT
CHISQ.INV CHISQ.INV.RT CHISQ.TEST CHITEST CHOOSE CHOOSECOLS CHOOSEROWS CLEAN CODE COLUMN COLUMNS
COMBIN COMBINA COMPLEX CONCAT CONCATENATE CONFIDENCE CONFIDENCE.NORM CONFIDENCE.T CONVERT CORREL
COS COSH COT COTH COUNT COUNTA COUNTBLANK COUNTIF COUNTIFS COUPDAYBS COUPDAYS COUPDAYSNC COUPNCD
COUPNUM COUPPCD COVAR COVARIANCE.P COVARIANCE.S CRITBINOM CSC CSCH CUBEKPIMEMBER CUBEMEMBER
CUBEMEMBERPROPERTY CUBERANKEDMEMBER CUBESET CUBESETCOUNT CUBEVALUE CUMIPMT CUMPRINC DATE DATEDIF
DATEVALUE DAVERAGE DAY DAYS DAYS360 DB DBCS DCOUNT DCOUNTA DDB DEC2BIN DEC2HEX DEC2OCT DECIMAL
DEGREES DELTA DEVSQ DGET DISC DMAX DMIN DOLLAR DOLLARDE DOLLARFR DPRODUCT DROP DSTDEV DSTDEVP DSUM
DURATION DVAR DVARP EDATE EFFECT ENCODEURL EOMONTH ERF ERF.PRECISE ERFC ERFC.PRECISE ERROR.TYPE
EUROCONVERT EVEN EXACT EXP EXPAND EXPON.DIST EXPONDIST F.DIST F.DIST.RT F.INV F.INV.RT F.TEST FACT
FACTDOUBLE FALSE FDIST FILTER FILTERXML FIND FINDB FINV FISHER FISHERINV FIXED FLOOR FLOOR.MATH
FLOOR.PRECISE FORECAST FORECAST.ETS FORECAST.ETS.CONFINT FORECAST.ETS.SEASONALITY FORECAST.ETS.STAT
FORECAST.LINEAR FORMULATEXT FREQUENCY FTEST FV FVSCHEDULE GAMMA GAMMA.DIST GAMMA.INV GAMMADIST
GAMMAINV GAMMALN GAMMALN.PRECISE GAUSS GCD GEOMEAN GESTEP GETPIVOTDATA GROUPBY GROWTH HARMEAN
HEX2BIN HEX2DEC HEX2OCT HLOOKUP HOUR HSTACK HYPERLINK HYPGEOM.DIST HYPGEOMDIST IF IFERROR IFNA IFS
IMABS IMAGE IMAGINARY IMARGUMENT IMCONJUGATE IMCOS IMCOSH IMCOT IMCSC IMCSCH IMDIV IMEXP IMLN
IMLOG10 IMLOG2 IMPOWER IMPRODUCT IMREAL IMSEC IMSECH IMSIN IMSINH IMSQRT IMSUB IMSUM IMTAN INDEX
INDIRECT INFO INT INTERCEPT INTRATE IPMT IRR ISBLANK ISERR ISERROR ISEVEN ISFORMULA ISLOGICAL ISNA
ISNONTEXT ISNUMBER ISO.CEILING ISODD ISOMITTED ISOWEEKNUM ISPMT ISREF ISTEXT JIS KURT LAMBDA LARGE
LCM LEFT LEFTB LEN LENB LET LINEST LN LOG LOG10 LOGEST LOGINV LOGNORM.DIST LOGNORM.INV LOGNORMDIST
LOOKUP LOWER MAKEARRAY MAP MATCH MAX MAXA MAXIFS MDETERM MDURATION MEDIAN MID MIDB MIN MINA MINIFS
MINUTE MINVERSE MIRR MMULT MOD MODE MODE.MULT MODE.SNGL MONTH MROUND MULTINOMIAL MUNIT N NA
NEGBINOM.DIST NEGBINOMDIST NETWORKDAYS NETWORKDAYS.INTL NOMINAL NORM.DIST NORM.INV NORM.S.DIST
NORM.S.INV NORMDIST NORMINV NORMSDIST NORMSINV NOT NOW NPER NPV NUMBERVALUE OCT2BIN OCT2DEC OCT2HEX
ODD ODDFPRICE ODDFYIELD ODDLPRICE ODDLYIELD OFFSET OR PDURATION PEARSON PERCENTILE PERCENTILE.EXC
PERCENTILE.INC PERCENTOF PERCENTRANK PERCENTRANK.EXC PERCENTRANK.INC PERMUT PERMUTATIONA PHI
PHONETIC PI PIVOTBY PMT POISSON POISSON.DIST POWER PPMT PRICE PRICEDISC PRICEMAT PROB PRODUCT PROPER
PV QUARTILE QUARTILE.EXC QUARTILE.INC QUOTIENT RADIANS RAND RANDARRAY RANDBETWEEN RANK RANK.AVG
RANK.EQ RATE RECEIVED REDUCE REGEXEXTRACT REGEXREPLACE REGEXTEST REGISTER.ID REPLACE REPLACEB REPT
RIGHT RIGHTB ROMAN ROUND ROUNDDOWN ROUNDUP ROW ROWS RRI RSQ RTD SCAN SEARCH SEARCHB SEC SECH SECOND
SEQUENCE SERIESSUM SHEET SHEETS SIGN SIN SINH SKEW SKEW.P SLN SLOPE SMALL SORT SORTBY SQRT SQRTPI
STANDARDIZE STDEV STDEV.P STDEV.S STDEVA STDEVP STDEVPA STEYX STOCKHISTORY SUBSTITUTE SUBTOTAL SUM
SUMIF SUMIFS SUMPRODUCT SUMSQ SUMX2MY2 SUMX2PY2 SUMXMY2 SWITCH SYD T T.DIST T.DIST.2T T.DIST.RT
T.INV T.INV.2T T.TEST TAKE TAN TANH TBILLEQ TBILLPRICE TBILLYIELD TDIST TEXT TEXTAFTER TEXTBEFORE
TEXTJOIN TEXTSPLIT TIME TIMEVALUE TINV TOCOL TODAY TOROW TRANSLATE TRANSPOSE TREND TRIM TRIMMEAN
TRIMRANGE TRUE TRUNC TTEST TYPE UNICHAR UNICODE UNIQUE UPPER VALUE VALUETOTEXT VAR VAR.P VAR.S VARA
VARP VARPA VDB VLOOKUP VSTACK WEBSERVICE WEEKDAY WEEKNUM WEIBULL WEIBULL.DIST WORKDAY WORKDAY.INTL
WRAPCOLS WRAPROWS XIRR XLOOKUP XMATCH XNPV XOR YEAR YEARFRAC YIELD YIELDDISC YIELDMAT Z.TEST ZTEST
`;

export const EXCEL_FUNCTIONS: ReadonlySet<string> = new Set(WORKSHEET_FUNCTIONS.split(/\s+/).filter(Boolean));

/** Why Excel would not take `name` as a template's defined name, or undefined when it would. */
function reservedNameProblem(name: string): string | undefined {
  const upper = name.toUpperCase();
  if (BUILT_IN_NAMES.some((reserved) => reserved.toUpperCase() === upper))
    return `"${name}" is a name Excel reserves for itself`;
  const prefix = RESERVED_PREFIXES.find((p) => upper.startsWith(p.toUpperCase()));
  if (prefix) return `"${name}" starts with "${prefix}", which Excel reserves`;
  if (EXCEL_FUNCTIONS.has(upper)) return `"${name}" is the name of an Excel function`;
  return undefined;
}

/** The add-in's functions by the names a formula could mistake a name for: "ODD_LOT" and "MERGER.ODD_LOT". */
const ADDIN_FUNCTIONS = new Map(
  customFunctionNames().flatMap((full) => [
    [full.toUpperCase(), full],
    [full.slice(NAMESPACE.length + 1).toUpperCase(), full],
  ]),
);

/**
 * What a template's defined name may be, the one rule of the template checks and of the preview's
 * engine. ASCII: a letter or underscore first, then letters, digits, underscores and dots. Never
 * something read as a cell: letters then digits at any length (Excel's columns end at XFD, but
 * HyperFormula reads TRUE1 as a cell and refuses the name), R1C1 forms, booleans; never a name
 * Excel keeps for itself, nor the add-in's namespace or one of its functions, which a reader (and
 * a formula that forgot the namespace) would take for the function.
 */
export function definedNameProblem(name: string): string | undefined {
  if (!/^[A-Za-z_][A-Za-z0-9_.]{0,254}$/.test(name)) {
    return `"${name}" is not a valid Excel name (a letter or _ first, then letters, digits, _ or .; at most 255)`;
  }
  if (/^[A-Za-z]+[0-9]+$/.test(name)) return `"${name}" reads as a cell reference (letters, then digits)`;
  if (/^[Rr][0-9]*([Cc][0-9]*)?$/.test(name) || /^[Cc][0-9]*$/.test(name)) {
    return `"${name}" looks like a cell reference to Excel`;
  }
  if (/^(true|false)$/i.test(name)) return `"${name}" is a boolean to Excel`;
  const upper = name.toUpperCase();
  const own = ADDIN_FUNCTIONS.get(upper);
  if (own) return `"${name}" is the name of the add-in's function ${own}`;
  if (upper === NAMESPACE) return `"${name}" is the add-in's function namespace`;
  if (upper.startsWith(`${NAMESPACE}.`))
    return `"${name}" starts with "${NAMESPACE}.", the add-in's function namespace`;
  return reservedNameProblem(name);
}
