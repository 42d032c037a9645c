/**
 * https options for the dev server. office-addin-dev-certs trusts its own CA with sudo, which
 * Linux machines here lack: then the certificates are still generated and used untrusted, and
 * the user is told how to trust them, instead of the dev server failing to start.
 */
const fs = require("fs");
const devCerts = require("office-addin-dev-certs");
const defaults = require("office-addin-dev-certs/lib/defaults");

async function devServerHttps() {
  if (process.platform === "win32" || process.platform === "darwin") {
    try {
      const { ca, key, cert } = await devCerts.getHttpsServerOptions();
      return { ca, key, cert };
    } catch (error) {
      console.warn(`Could not install the developer certificate (${error.message}); serving it untrusted.`);
    }
  }
  const files = [defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath];
  if (!files.every((file) => fs.existsSync(file)) || !devCerts.verifyCertificates()) {
    await devCerts.generateCertificates();
  }
  console.warn(
    `Serving https with an untrusted developer certificate. To trust it, import ${defaults.caCertificatePath} ` +
      "into your browser's or system's trusted root authorities.",
  );
  return {
    ca: fs.readFileSync(defaults.caCertificatePath),
    cert: fs.readFileSync(defaults.localhostCertificatePath),
    key: fs.readFileSync(defaults.localhostKeyPath),
  };
}

module.exports = { devServerHttps };
