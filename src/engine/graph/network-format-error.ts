/**
 * A network file that cannot be read as a network, or that has fewer nodes than the
 * scenario has users. The message names the file and, for text formats, the 1-based line,
 * its text and what was expected there.
 */
export class NetworkFormatError extends Error {
  constructor(
    message: string,
    readonly fileName: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = "NetworkFormatError";
  }
}
