package org.gongzheng.document.internal;

import java.util.regex.Pattern;

/**
 * A document number in the standard style: authority word, document word, year in 〔〕 and the
 * sequence, e.g. 青公（交）行罚决字〔2026〕123号.
 */
public record DocumentNumber(String text, int year, int sequence) {

	/**
	 * The brackets people type around the year for 〔〕, which no keyboard has: [], 【】, () and
	 * their full-width forms. Only around a year, since （交） in the authority word is as printed.
	 */
	private static final Pattern YEAR_OPENED = Pattern.compile("[\\[【［(（〖〔]\\s*(?=\\d{4}(?!\\d))");

	private static final Pattern YEAR_CLOSED = Pattern.compile("(?<=(?<!\\d)\\d{4})\\s*[\\]】］)）〗〕]");

	/**
	 * "〕第12号", "〕0012号": the sequence is printed without 第 and without leading zeros, which some
	 * write, or copy from a register that pads numbers to one width.
	 */
	private static final Pattern ORDINAL = Pattern.compile("〕\\s*(第\\s*)?0*(?=\\d)");

	static DocumentNumber of(String authorityWord, String documentWord, int year, int sequence) {
		return new DocumentNumber(authorityWord + documentWord + "〔" + year + "〕" + sequence + "号", year, sequence);
	}

	/**
	 * A number as someone copied it from paper into a search box, in the style it is printed in:
	 * "青西公受案字[2026]第1号" and "青西公受案字〔2026〕0001号" are searched as 青西公受案字〔2026〕1号.
	 */
	static String asTyped(String typed) {
		String year = YEAR_CLOSED.matcher(YEAR_OPENED.matcher(typed).replaceAll("〔")).replaceAll("〕");
		return ORDINAL.matcher(year).replaceAll("〕");
	}
}
