/**
 * A node test environment that runs its test file in the time zone named by the project
 * (testEnvironmentOptions.timezone). The real process's TZ must change: jest's sandbox has its
 * own copy of process.env, and Node re-reads TZ only when the real one is assigned.
 */
const { TestEnvironment } = require("jest-environment-node");

class TimeZoneEnvironment extends TestEnvironment {
  constructor(config, context) {
    const timezone = config.projectConfig.testEnvironmentOptions.timezone;
    process.env.TZ = timezone;
    super(config, context);
    this.global.process.env.TZ = timezone;
  }
}

module.exports = TimeZoneEnvironment;
