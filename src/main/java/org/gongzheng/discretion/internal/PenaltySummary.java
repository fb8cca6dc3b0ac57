package org.gongzheng.discretion.internal;

import org.gongzheng.discretion.GradeRange;
import org.gongzheng.discretion.LicenceAction;
import org.gongzheng.discretion.LocalizedText;
import org.gongzheng.discretion.Recommendation;

/**
 * What the signers of a penalty decision are asked to approve, in the words of a case file and in
 * English. The system writes it from the decision's terms, so it can write both; the party's name
 * and a deviation reason are the handler's words and appear as entered in either language.
 */
final class PenaltySummary {

	private PenaltySummary() {
	}

	static LocalizedText of(PenaltyDecision decision, Recommendation recommendation) {
		return new LocalizedText(chinese(decision, recommendation), english(decision, recommendation));
	}

	private static String chinese(PenaltyDecision decision, Recommendation recommendation) {
		StringBuilder text = new StringBuilder("拟对").append(decision.getPartyName()).append("（")
			.append(recommendation.violation().name().zh()).append("）作出处罚：");
		if (decision.isWarning()) {
			text.append("警告；");
		}
		if (decision.getDetentionDays() != null) {
			text.append("行政拘留").append(decision.getDetentionDays()).append("日；");
		}
		if (decision.getFineFen() != null) {
			text.append("罚款").append(GradeRange.yuan(decision.getFineFen())).append("元；");
		}
		if (decision.getLicenceAction() != LicenceAction.NONE) {
			text.append(decision.getLicenceAction() == LicenceAction.SUSPEND ? "暂扣驾驶证" : "吊销驾驶证").append("；");
		}
		GradeRange range = recommendation.range();
		text.append("裁量基准“").append(recommendation.basis().zh()).append("”第").append(recommendation.standardVersion())
			.append("版，适用幅度：").append(range.fineText().isEmpty() ? "—" : range.fineText() + "元")
			.append(range.detentionText().isEmpty() ? "" : "，拘留" + range.detentionText() + "日")
			.append("。");
		if (decision.isOutOfRange()) {
			text.append("超出裁量幅度，理由：").append(reason(decision)).append("。");
		}
		return text.toString();
	}

	private static String english(PenaltyDecision decision, Recommendation recommendation) {
		// Not in parentheses, as the Chinese has it: English violation names carry their own.
		StringBuilder text = new StringBuilder("Proposed penalty for ").append(decision.getPartyName()).append(" for ")
			.append(recommendation.violation().name().en()).append(": ");
		if (decision.isWarning()) {
			text.append("warning; ");
		}
		if (decision.getDetentionDays() != null) {
			text.append("administrative detention ").append(decision.getDetentionDays()).append(" days; ");
		}
		if (decision.getFineFen() != null) {
			text.append("fine ").append(GradeRange.yuan(decision.getFineFen())).append(" yuan; ");
		}
		if (decision.getLicenceAction() != LicenceAction.NONE) {
			text.append(decision.getLicenceAction() == LicenceAction.SUSPEND ? "driving licence suspended"
					: "driving licence revoked").append("; ");
		}
		GradeRange range = recommendation.range();
		text.append("discretion standard \"").append(recommendation.basis().en()).append("\" version ")
			.append(recommendation.standardVersion()).append(", applicable range: ")
			.append(range.fineText().isEmpty() ? "—" : range.fineText() + " yuan")
			.append(range.detentionText().isEmpty() ? "" : ", detention " + range.detentionText() + " days")
			.append(".");
		if (decision.isOutOfRange()) {
			text.append(" Outside the range; reason: ").append(reason(decision)).append(".");
		}
		return text.toString();
	}

	private static String reason(PenaltyDecision decision) {
		String reason = decision.getDeviationReason() != null ? decision.getDeviationReason() : decision.getOmissionReason();
		return reason.replaceAll("[。.]+$", "");
	}
}
