/** Maps strings to dense integer ids so hot loops compare and hash numbers, not strings. */
export class Interner {
  private readonly ids = new Map<string, number>();
  /** Names by id. */
  readonly names: string[] = [];

  /** The id of `name`, assigning the next free one on first sight. */
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  /** The name of an id ('' when unknown). */
  name(id: number): string {
    return this.names[id] ?? '';
  }
}
