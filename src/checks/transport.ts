// Apps that serve on a Unix socket (verify's sandbox shares no network with them), by the
// origin their HTTP clients use: a request to that origin goes to the socket instead.
export const socketFor = new Map<string, string>();
