package org.gongzheng.discretion;

/** A procedure rule by code, name and legal citation. */
public record RuleReference(String code, LocalizedText name, LocalizedText citation) {
}
