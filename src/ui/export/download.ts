/** Saves a blob under a file name through a temporary download link (no server involved). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started once click() returns; the URL can go after the current task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name made from a scenario's name: letters, digits and dashes only. */
export function fileStem(name: string): string {
  return name.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "likesim";
}
