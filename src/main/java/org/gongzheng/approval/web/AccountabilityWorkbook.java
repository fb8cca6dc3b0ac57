package org.gongzheng.approval.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

import org.gongzheng.approval.ApprovalCaseFiles;
import org.gongzheng.approval.SignatureFindings;
import org.gongzheng.approval.internal.PinnedMaterial;
import org.gongzheng.approval.internal.Signature;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.shared.web.Formats;
import org.gongzheng.shared.web.Messages;

/** Writes accountability records as an Excel workbook, one row per signature. */
@Component
class AccountabilityWorkbook {

	private final Messages messages;

	private final Formats formats;

	private final FindingText findingText;

	AccountabilityWorkbook(Messages messages, Formats formats, FindingText findingText) {
		this.messages = messages;
		this.formats = formats;
		this.findingText = findingText;
	}

	/**
	 * {@code seen}: the materials each signature read, with titles, where known (else its hashes);
	 * {@code linkNames}: each signature's link in the reader's language; {@code findings}: faults later
	 * found against each signature.
	 */
	byte[] write(List<Signature> signatures, Map<Long, ApprovalCaseFiles.CaseFile> cases,
			Map<Long, OfficerSummary> signers, Map<Long, List<PinnedMaterial>> seen, Map<Long, String> linkNames,
			Map<Long, List<SignatureFindings.Finding>> findings) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "Gongzheng", "1.0");
		Worksheet sheet = workbook.newWorksheet(messages.get("approval.records.sheet"));
		String[] headers = { "approval.records.case", "approval.records.caseTitle", "approval.action", "approval.roundShort",
				"approval.link", "approval.signer", "approval.decision", "approval.opinion", "approval.signedAt",
				"approval.caseVersion", "approval.records.materialsRead", "approval.records.readAllAt",
				"approval.records.caseState", "approval.records.outcome", "approval.records.findings",
				"approval.records.digest" };
		for (int c = 0; c < headers.length; c++) {
			sheet.value(0, c, messages.get(headers[c]));
			sheet.style(0, c).bold().set();
		}
		int row = 1;
		for (Signature s : signatures) {
			ApprovalCaseFiles.CaseFile file = cases.get(s.getCaseId());
			OfficerSummary signer = signers.get(s.getSignerId());
			sheet.value(row, 0, file == null ? String.valueOf(s.getCaseId()) : file.number());
			sheet.value(row, 1, file == null ? "" : file.title());
			sheet.value(row, 2, messages.get("enum.ApprovalAction." + s.getAction()));
			sheet.value(row, 3, s.getRound());
			sheet.value(row, 4, linkNames.getOrDefault(s.getId(), s.getLinkName()));
			sheet.value(row, 5, signer == null ? String.valueOf(s.getSignerId()) : signer.label());
			sheet.value(row, 6, messages.get("enum.Decision." + s.getDecision()));
			sheet.value(row, 7, s.getOpinion() == null ? "" : s.getOpinion());
			sheet.value(row, 8, formats.dateTime(s.getSignedAt()));
			sheet.value(row, 9, s.getCaseVersion());
			sheet.value(row, 10, materialsRead(s, seen.get(s.getId())));
			sheet.value(row, 11, formats.dateTime(s.getMaterialsFirstOpenedAt()));
			sheet.value(row, 12, file == null ? "" : messages.get("enum.CaseState." + file.state()));
			sheet.value(row, 13, file == null || file.outcome() == null ? "" : messages.get("enum.DecisionKind." + file.outcome()));
			sheet.value(row, 14, findingText.describeAll(findings.get(s.getId())));
			sheet.value(row, 15, s.digest());
			row++;
		}
		workbook.finish();
		return out.toByteArray();
	}

	private static String materialsRead(Signature signature, List<PinnedMaterial> seen) {
		if (seen == null) {
			return String.join("\n", signature.hashes());
		}
		return seen.stream()
			.map(m -> m.title() == null ? m.contentHash() : m.title() + " " + m.contentHash())
			.collect(Collectors.joining("\n"));
	}
}
