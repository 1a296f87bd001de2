/** @qspace/test-kit — local fakes that speak the real wire formats. */
export { type CapturedMail, type SmtpTestServer, startSmtpServer } from './smtp.js';
