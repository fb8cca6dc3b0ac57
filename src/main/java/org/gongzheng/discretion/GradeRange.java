package org.gongzheng.discretion;

import java.util.ArrayList;
import java.util.List;

import org.gongzheng.shared.error.Label;

/**
 * What a grade of a standard allows: the kinds of penalty and their ranges, which of them are
 * required, and the points the code carries. Money in fen; a null minimum fine means any amount
 * up to the maximum.
 */
public record GradeRange(Grade grade, boolean warningAllowed, Long fineMinFen, Long fineMaxFen, boolean fineRequired,
		Integer detentionMinDays, Integer detentionMaxDays, boolean detentionRequired, LicenceAction licenceAction,
		Integer licenceMonthsMin, Integer licenceMonthsMax, boolean licenceRequired, boolean vehicleSeizure, int points,
		LocalizedText note) {

	public boolean finesAllowed() {
		return fineMaxFen != null;
	}

	public boolean detentionAllowed() {
		return detentionMaxDays != null;
	}

	/**
	 * How the proposal leaves this range. Points are fixed by law rather than by the standard: only
	 * their omission counts here (a different value is refused by the procedure rules).
	 */
	public List<Deviation> deviations(PenaltyComponents p) {
		List<Deviation> out = new ArrayList<>();
		if (p.warning() && !warningAllowed) {
			out.add(new Deviation("warning", "deviation.warning.notAllowed", new Object[0], false));
		}
		if (p.fineFen() != null) {
			if (fineMaxFen == null) {
				out.add(new Deviation("fine", "deviation.fine.notAllowed", new Object[0], false));
			}
			else if (fineMinFen != null && p.fineFen() < fineMinFen) {
				out.add(new Deviation("fine", "deviation.fine.below", new Object[] { yuan(fineMinFen) }, false));
			}
			else if (p.fineFen() > fineMaxFen) {
				out.add(new Deviation("fine", "deviation.fine.above", new Object[] { yuan(fineMaxFen) }, false));
			}
		}
		else if (fineRequired) {
			out.add(new Deviation("fine", "deviation.fine.missing", new Object[] { fineText() }, false));
		}
		if (p.detentionDays() != null) {
			if (detentionMaxDays == null) {
				out.add(new Deviation("detentionDays", "deviation.detention.notAllowed", new Object[0], false));
			}
			else if (p.detentionDays() < detentionMinDays) {
				out.add(new Deviation("detentionDays", "deviation.detention.below", new Object[] { detentionMinDays }, false));
			}
			else if (p.detentionDays() > detentionMaxDays) {
				out.add(new Deviation("detentionDays", "deviation.detention.above", new Object[] { detentionMaxDays }, false));
			}
		}
		else if (detentionRequired) {
			out.add(new Deviation("detentionDays", "deviation.detention.missing",
					new Object[] { detentionMinDays, detentionMaxDays }, true));
		}
		if (p.licenceAction() != LicenceAction.NONE) {
			if (licenceAction == LicenceAction.NONE || p.licenceAction() != licenceAction) {
				out.add(new Deviation("licenceAction", "deviation.licence.notAllowed", new Object[0], false));
			}
			else if (licenceAction == LicenceAction.SUSPEND && (p.licenceMonths() == null
					|| p.licenceMonths() < licenceMonthsMin || p.licenceMonths() > licenceMonthsMax)) {
				out.add(new Deviation("licenceMonths", "deviation.licence.months", new Object[] { licenceMonthsMin,
						licenceMonthsMax }, false));
			}
		}
		else if (licenceRequired) {
			out.add(new Deviation("licenceAction", "deviation.licence.missing", new Object[] { Label.of(licenceAction) }, true));
		}
		if (points > 0 && p.points() == 0) {
			out.add(new Deviation("points", "deviation.points.omitted", new Object[] { points }, true));
		}
		if (p.vehicleSeizure() != vehicleSeizure) {
			out.add(new Deviation("vehicleSeizure", vehicleSeizure ? "deviation.seizure.missing"
					: "deviation.seizure.notAllowed", new Object[0], false));
		}
		return out;
	}

	/** "200.00–500.00" or "≤ 500.00" in yuan. */
	public String fineText() {
		if (fineMaxFen == null) {
			return "";
		}
		if (fineMinFen == null) {
			return "≤ " + yuan(fineMaxFen);
		}
		return fineMinFen.equals(fineMaxFen) ? yuan(fineMaxFen) : yuan(fineMinFen) + "–" + yuan(fineMaxFen);
	}

	public String detentionText() {
		if (detentionMaxDays == null) {
			return "";
		}
		return detentionMinDays.equals(detentionMaxDays) ? String.valueOf(detentionMaxDays)
				: detentionMinDays + "–" + detentionMaxDays;
	}

	/** Yuan with two decimals, from exact fen. */
	public static String yuan(long fen) {
		return "%d.%02d".formatted(fen / 100, fen % 100);
	}
}
