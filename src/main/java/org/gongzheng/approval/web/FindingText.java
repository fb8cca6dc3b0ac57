package org.gongzheng.approval.web;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.gongzheng.approval.SignatureFindings;

/**
 * A fault finding against a signature in one line of the reader's language, the same on the page
 * ({@code ${@findingText.describe(f)}}) and in the exported workbook. The wording is the deciding
 * module's ({@link SignatureFindings#describe}), so the officer's law-enforcement record says the
 * same ruling in the same words.
 */
@Component("findingText")
class FindingText {

	private final SignatureFindings findings;

	FindingText(SignatureFindings findings) {
		this.findings = findings;
	}

	public String describe(SignatureFindings.Finding finding) {
		return findings.describe(finding);
	}

	public String describeAll(List<SignatureFindings.Finding> findings) {
		return findings == null ? "" : findings.stream().map(this::describe).collect(Collectors.joining("\n"));
	}
}
