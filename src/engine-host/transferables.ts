/**
 * The buffers under every typed array in a message, each once, for `Comlink.transfer`: moving
 * them costs nothing, cloning a 10,000-user snapshot every frame would not. Only for messages
 * whose arrays are copies the sender no longer needs.
 */
export function buffersOf(message: unknown): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== "object") return;
    if (ArrayBuffer.isView(value)) {
      if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
      return;
    }
    for (const child of Object.values(value)) visit(child);
  };
  visit(message);
  return [...found];
}
