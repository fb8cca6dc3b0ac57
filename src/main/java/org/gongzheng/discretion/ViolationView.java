package org.gongzheng.discretion;

/**
 * A violation of the catalogue with the articles it breaks and that punish it.
 *
 * @param points the points the code carries under MPS Order No. 163 (0 for none)
 */
public record ViolationView(long id, String code, ViolationDomain domain, LocalizedText name, int points,
		LocalizedText breachCitation, String breachText, LocalizedText penaltyCitation, String penaltyText,
		LocalizedText pointsCitation) {

	public String label() {
		return code + " " + name;
	}
}
