/** A request the host answers with a 4xx status and a plain sentence, rather than a failure of its own. */
export class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
