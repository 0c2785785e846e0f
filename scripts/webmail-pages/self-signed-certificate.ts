/**
 * A throw-away certificate for the webmail host names, made with openssl for each server run (it
 * takes some milliseconds): the browsers under test are told to accept it, nothing else trusts it.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Certificate {
  key: Buffer;
  cert: Buffer;
}

export function selfSignedCertificate(hosts: readonly string[]): Certificate {
  const dir = mkdtempSync(join(tmpdir(), "bounce-lens-cert-"));
  try {
    const keyPath = join(dir, "key.pem");
    const certPath = join(dir, "cert.pem");
    const made = spawnSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-days",
        "2",
        "-subj",
        `/CN=${hosts[0] ?? "localhost"}`,
        "-addext",
        `subjectAltName=${hosts.map((host) => `DNS:${host}`).join(",")}`,
        "-keyout",
        keyPath,
        "-out",
        certPath,
      ],
      { encoding: "utf8" },
    );
    if (made.status !== 0) {
      throw new Error(`openssl could not make a certificate (is it installed?): ${made.stderr || made.error}`);
    }
    return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
