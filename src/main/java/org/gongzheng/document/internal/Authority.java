package org.gongzheng.document.internal;

/**
 * The deciding authority a document is issued in the name of, with the word that begins its
 * numbers (青公（交）, 青东公).
 */
record Authority(long unitId, String name, String word) {
}
