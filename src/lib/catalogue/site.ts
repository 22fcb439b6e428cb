/**
 * The names the catalogue's entries use for the site and the products: a path of this site, the two option pages,
 * and the two systems that announce a document to the client.
 */

/** A site path: starts with "/", relative to the site's root, e.g. "/simulador/?v=1#x". */
export type SitePath = `/${string}`;

export type PageId = 'opcao-1' | 'opcao-2';

/** Who announces it to the client. */
export type System = 'onvio-portal' | 'dominio-processos';
