package org.gongzheng.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a reader typed into a search box, as the terms that must all be found: "何某 寻衅" finds
 * 何某寻衅滋事案, as people expect of any search box, where the whole text as one phrase found
 * nothing. Digits, Latin letters and the hyphen typed full-width (a Chinese input method in
 * full-width mode: "２０２６－０００１６") are read as the ASCII ones case numbers are written in;
 * other full-width signs stay, since titles hold them ("（男）").
 */
public final class SearchTerms {

	/** More terms than this narrow nothing a person would notice; the rest are ignored. */
	public static final int MOST = 5;

	private SearchTerms() {
	}

	/** The terms, folded and in lower case; empty when nothing but spaces was typed. */
	public static List<String> of(String typed) {
		if (typed == null) {
			return List.of();
		}
		return Arrays.stream(folded(typed).toLowerCase(Locale.ROOT).split("[\\s\\p{Z}]+"))
			// A zero-width space or the like pasted along with the term would make it match nothing. Dots
			// and spaces stay as typed: titles, which the terms are looked for in, keep theirs as written.
			.map(VisibleText::withoutFormatCharacters)
			.filter(term -> !term.isEmpty())
			.distinct()
			.limit(MOST)
			.toList();
	}

	/**
	 * The lines of {@code lines} (names kept one per line) that hold any of the terms, as
	 * {@link #of} gives them, each once and in their order; none without terms.
	 */
	public static List<String> linesHolding(String lines, List<String> terms) {
		if (terms.isEmpty() || lines == null || lines.isEmpty()) {
			return List.of();
		}
		return lines.lines()
			.filter(line -> terms.stream().anyMatch(line.toLowerCase(Locale.ROOT)::contains))
			.distinct()
			.toList();
	}

	/** The text with full-width digits, Latin letters and hyphens as ASCII; null stays null. */
	public static String folded(String typed) {
		if (typed == null) {
			return null;
		}
		StringBuilder folded = new StringBuilder(typed.length());
		typed.codePoints().forEach(c -> folded.appendCodePoint(
				(c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ') || c == '－' ? c - 0xFEE0 : c));
		return folded.toString();
	}
}
