import { execFileSync } from 'node:child_process'
import { X509Certificate } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'

/** The certificate and key the API serves, PEM-encoded. */
export interface TlsFiles {
  cert: string
  key: string
  certFile: string
}

// Browsers refuse server certificates valid longer than 398 days.
const VALID_DAYS = 397
// Renewed this long before it expires, so a running Studio never meets an expired one.
const RENEW_BEFORE_MS = 30 * 24 * 60 * 60 * 1000

/**
 * The self-signed certificate of `<dataDir>/tls/` for localhost, 127.0.0.1 and ::1 (plus
 * `extraHost`), created on first run or when it nears expiry or misses the host. Generated with
 * the `openssl` binary: Node's crypto creates keys but not certificates.
 */
export function ensureCertificate(dataDir: string, extraHost?: string): TlsFiles {
  const dir = path.join(path.resolve(dataDir), 'tls')
  const certFile = path.join(dir, 'lake-api.crt')
  const keyFile = path.join(dir, 'lake-api.key')
  if (!existsSync(certFile) || !existsSync(keyFile) || !isUsable(certFile, extraHost)) {
    generate(dir, certFile, keyFile, extraHost)
  }
  return { cert: readFileSync(certFile, 'utf8'), key: readFileSync(keyFile, 'utf8'), certFile }
}

function isUsable(certFile: string, extraHost: string | undefined): boolean {
  try {
    const cert = new X509Certificate(readFileSync(certFile))
    if (Date.parse(cert.validTo) - Date.now() < RENEW_BEFORE_MS) return false
    return !extraHost || Boolean(cert.checkHost(extraHost) || cert.checkIP(extraHost))
  } catch {
    return false
  }
}

function generate(dir: string, certFile: string, keyFile: string, extraHost?: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const names = ['DNS:localhost', 'IP:127.0.0.1', 'IP:0:0:0:0:0:0:0:1']
  if (extraHost && !['localhost', '127.0.0.1', '::1'].includes(extraHost)) {
    names.push(/^[\d.:]+$/.test(extraHost) ? `IP:${extraHost}` : `DNS:${extraHost}`)
  }
  const tmpCert = `${certFile}.${process.pid}.tmp`
  const tmpKey = `${keyFile}.${process.pid}.tmp`
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-sha256',
        '-days',
        String(VALID_DAYS),
        '-subj',
        '/CN=Kiosque lake API (local)',
        '-keyout',
        tmpKey,
        '-out',
        tmpCert,
        '-addext',
        `subjectAltName=${names.join(',')}`,
        '-addext',
        'basicConstraints=critical,CA:FALSE',
        '-addext',
        'keyUsage=critical,digitalSignature',
        '-addext',
        'extendedKeyUsage=serverAuth',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'], timeout: 30_000 },
    )
  } catch (error) {
    rmSync(tmpCert, { force: true })
    rmSync(tmpKey, { force: true })
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    throw new Error(
      missing
        ? 'Le binaire openssl est introuvable : impossible de créer le certificat local du lake API.'
        : `Création du certificat local impossible : ${(error as Error).message}`,
    )
  }
  chmodSync(tmpKey, 0o600)
  renameSync(tmpKey, keyFile)
  renameSync(tmpCert, certFile)
}
