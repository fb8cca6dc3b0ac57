package org.gongzheng.document.internal;

/**
 * A document number in the standard style: authority word, document word, year in 〔〕 and the
 * sequence, e.g. 青公（交）行罚决字〔2026〕123号.
 */
public record DocumentNumber(String text, int year, int sequence) {

	static DocumentNumber of(String authorityWord, String documentWord, int year, int sequence) {
		return new DocumentNumber(authorityWord + documentWord + "〔" + year + "〕" + sequence + "号", year, sequence);
	}
}
