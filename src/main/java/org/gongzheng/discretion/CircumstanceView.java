package org.gongzheng.discretion;

/** A circumstance a standard lists, the grade it selects and its legal basis. */
public record CircumstanceView(String code, LocalizedText name, Grade grade, LocalizedText citation) {
}
