/** Where a command writes: stdout for results, stderr for warnings and errors. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}
