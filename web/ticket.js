// caucus: "Get an anonymous ticket", the script of the ticket page that
// the survey and statement pages link to; without it, every page works the
// same with the invite, and `caucus ticket get` gets a ticket.
//
// With the invite the page was opened with, it obtains a blind ticket by
// the standard Privacy Pass issuance (RFC 9578, token type 0x0001) using
// @cloudflare/privacypass-ts: the ticket key must be the one in the
// server's public issuer directory, and the issuer's proof must verify
// against it, or nothing is used. The ticket is then shown to copy or
// save, to answer later, and put in the page's "answer now" form.
// Imported from the package's own modules, not its index, which would pull
// in the RSA token types and their ASN.1 parser too (180 KB, not 90).
import { TokenChallenge } from '@cloudflare/privacypass-ts/lib/src/auth_scheme/private_token.js';
import { Client } from '@cloudflare/privacypass-ts/lib/src/priv_verif_token.js';

const DIRECTORY = '/.well-known/private-token-issuer-directory';

/// A refusal named by its code: the server's (`invite_spent`, from its
/// JSON error body) or this script's own (`key_unlisted`).
class Refused extends Error {
  constructor(code) {
    super(code);
    this.code = code;
  }
}

/// RFC 9578 section 5.2, as the package's own sendTokenRequest does it.
async function sendTokenRequest(request, url, invite) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/private-token-request',
      Accept: 'application/private-token-response',
      'Caucus-Invite': invite,
    },
    body: request,
  });
  if (response.status !== 200) {
    const problem = await response.json().catch(() => ({}));
    throw new Refused(typeof problem.error === 'string' ? problem.error : 'other');
  }
  return new Uint8Array(await response.arrayBuffer());
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function fromB64url(text) {
  const clean = text.replace(/=+$/, '');
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const c of clean) {
    const digit = B64.indexOf(c);
    if (digit < 0) throw new Error('not base64url');
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (value >> bits) & 0xff;
    }
  }
  return bytes;
}

function toB64url(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = [18, 12, 6, 0].map((s) => B64[(n >> s) & 63]);
    const kept = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    out += chars.slice(0, kept).join('') + '='.repeat(4 - kept);
  }
  return out;
}

async function getTicket(box) {
  const key = fromB64url(box.dataset.ticketKey);
  const directory = await (await fetch(DIRECTORY)).json();
  const listed = directory['token-keys'].some(
    (k) => k['token-type'] === 1 && k['token-key'] === box.dataset.ticketKey,
  );
  if (!listed) throw new Refused('key_unlisted');
  const challenge = TokenChallenge.deserialize(fromB64url(box.dataset.challenge));
  const client = new Client();
  const request = await client.createTokenRequest(challenge, key);
  const response = await sendTokenRequest(
    request.serialize(),
    directory['issuer-request-uri'],
    box.dataset.invite,
  );
  const token = await client.finalize(client.deserializeTokenResponse(response));
  return toB64url(token.serialize());
}

/// The page's "answer now" form carries the ticket.
function useTicket(ticket) {
  for (const input of document.querySelectorAll('input.ticket-field')) input.value = ticket;
}

function show(box, ticket) {
  const text = box.querySelector('.ticket-text');
  text.value = ticket;
  const file = `# caucus anonymous ticket: ${document.title}\n# Use it at ${box.dataset.later}\n# Ticket key: ${box.dataset.fingerprint}\n${ticket}\n`;
  const save = box.querySelector('.ticket-save');
  save.href = `data:text/plain;charset=utf-8,${encodeURIComponent(file)}`;
  box.querySelector('.ticket-done').hidden = false;
  box.querySelector('.ticket-start').hidden = true;
  text.focus();
  text.select();
}

/// Why no ticket came, in the page's own language: the page carries the
/// words for each refusal it expects (`data-error-invite-spent` for
/// `invite_spent`), and general advice (`data-error-other`) for anything
/// else, a lost connection included. Never the server's English message,
/// nor the browser's.
function reason(box, err) {
  const code = err instanceof Refused && /^[a-z_]+$/.test(err.code) ? err.code : 'other';
  const name = `error${code.replace(/(^|_)([a-z])/g, (_, start, c) => c.toUpperCase())}`;
  return box.dataset[name] ?? box.dataset.errorOther;
}

function init(box) {
  box.hidden = false;
  for (const note of document.querySelectorAll('.ticket-nojs')) note.hidden = true;
  const button = box.querySelector('.ticket-get');
  const status = box.querySelector('.ticket-status');
  button.addEventListener('click', async () => {
    button.disabled = true;
    // The page gives these in its own language (data-getting, data-failed,
    // data-error-*).
    status.textContent = box.dataset.getting;
    try {
      const ticket = await getTicket(box);
      useTicket(ticket);
      status.textContent = '';
      show(box, ticket);
    } catch (err) {
      button.disabled = false;
      status.textContent = `${box.dataset.failed} ${reason(box, err)}`;
    }
  });
}

const box = document.getElementById('ticket');
if (box) init(box);
