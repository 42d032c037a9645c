// Node re-reads TZ when it is assigned, so each project runs the same tests in its own zone.
process.env.TZ = "America/Los_Angeles";
