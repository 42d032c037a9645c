/** Runs a command's async main: its number is the exit code; a failure prints its message and exits 1. */
function runCommand(main) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}

module.exports = { runCommand };
