// A stock Privacy Pass client (@cloudflare/privacypass-ts, unchanged) against
// a caucus server: it asks the campaign for a challenge, obtains a ticket
// from the issuer the directory names with the invite in one header
// (Caucus-Invite, the only caucus-specific part), and answers with it.
//
//   node stock-client.mjs ANSWER_URL INVITE JSON_BODY
//
// Prints the HTTP status of the answer, then its body. Plain http is fine
// for tests on loopback; the library's own issuer lookup assumes https, so
// the directory is fetched here from the challenge's issuer name.
import {
  AuthorizationHeader,
  MediaType,
  PRIVATE_TOKEN_ISSUER_DIRECTORY,
  WWWAuthenticateHeader,
  privateVerif,
  sendTokenRequest,
  TOKEN_TYPES,
} from '@cloudflare/privacypass-ts';

// Node 18 keeps Web Crypto off the global object.
if (!globalThis.crypto) globalThis.crypto = (await import('node:crypto')).webcrypto;

const [answerUrl, invite, body] = process.argv.slice(2);
const scheme = new URL(answerUrl).protocol;

const post = (headers) =>
  fetch(answerUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });

const first = await post({});
if (first.status !== 401) throw new Error(`expected a challenge, got ${first.status}`);
const [challenge] = WWWAuthenticateHeader.parse(first.headers.get('WWW-Authenticate'));
if (challenge.challenge.tokenType !== TOKEN_TYPES.VOPRF.value) throw new Error('not a VOPRF challenge');

const directoryUrl = `${scheme}//${challenge.challenge.issuerName}${PRIVATE_TOKEN_ISSUER_DIRECTORY}`;
const directoryResponse = await fetch(directoryUrl);
if (directoryResponse.headers.get('Content-Type') !== MediaType.PRIVATE_TOKEN_ISSUER_DIRECTORY) {
  throw new Error('the directory has the wrong media type');
}
const directory = await directoryResponse.json();

const client = new privateVerif.Client();
const request = await client.createTokenRequest(challenge.challenge, challenge.tokenKey);
const responseBytes = await sendTokenRequest(
  request.serialize(),
  directory['issuer-request-uri'],
  new Headers({ 'Caucus-Invite': invite }),
);
const token = await client.finalize(client.deserializeTokenResponse(responseBytes));

const answer = await post({ Authorization: new AuthorizationHeader(token).toString() });
console.log(answer.status);
console.log(await answer.text());
