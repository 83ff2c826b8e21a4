/** Which panel generation the provider imitates: XC2 (Xtream Codes 2.x) or XUI (XUI.one 1.5.x). */
export type Flavour = 'xc2' | 'xui';

/** The version XUI panels report in `server_info.version`. */
export const XUI_VERSION = '1.5.13';
