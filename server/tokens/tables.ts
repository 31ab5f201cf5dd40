/** The token directory (migration 0011): global by design, a Citus reference table. */
export interface TokenDirectoryTable {
  kind: 'survey' | 'kiosk' | 'report' | 'email';
  token: string;
  municipality_id: string;
  ref_id: string;
}

export interface TokenTables {
  token_directory: TokenDirectoryTable;
}
