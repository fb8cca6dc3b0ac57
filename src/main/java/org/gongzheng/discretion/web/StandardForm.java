package org.gongzheng.discretion.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import org.gongzheng.discretion.Grade;
import org.gongzheng.discretion.GradeRange;
import org.gongzheng.discretion.LicenceAction;
import org.gongzheng.discretion.LocalizedText;
import org.gongzheng.discretion.internal.DiscretionStandard;
import org.gongzheng.discretion.internal.StandardVersionCommand;
import org.gongzheng.shared.identity.TypedNumbers;

/** The form for a new version of a standard: one row per grade, amounts in yuan. */
public class StandardForm {

	private Integer latestVersion;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveFrom;

	private String basisZh;

	private String basisEn;

	private String changeNote;

	private List<GradeForm> grades = new ArrayList<>();

	private Set<String> circumstances = new LinkedHashSet<>();

	/** A form prefilled from a version, with a row for every grade. */
	static StandardForm from(DiscretionStandard base, int latestVersion, LocalDate effectiveFrom) {
		StandardForm form = new StandardForm();
		form.latestVersion = latestVersion;
		form.effectiveFrom = effectiveFrom;
		form.basisZh = base.basis().zh();
		form.basisEn = base.basis().en();
		for (Grade grade : Grade.values()) {
			GradeForm row = new GradeForm();
			row.setGrade(grade);
			base.grade(grade).ifPresent(g -> {
				GradeRange r = g.range(0);
				row.setEnabled(true);
				row.setWarningAllowed(r.warningAllowed());
				row.setFineMin(r.fineMinFen() == null ? null : GradeRange.yuan(r.fineMinFen()));
				row.setFineMax(r.fineMaxFen() == null ? null : GradeRange.yuan(r.fineMaxFen()));
				row.setFineRequired(r.fineRequired());
				row.setDetentionMin(r.detentionMinDays());
				row.setDetentionMax(r.detentionMaxDays());
				row.setDetentionRequired(r.detentionRequired());
				row.setLicenceAction(r.licenceAction());
				row.setMonthsMin(r.licenceMonthsMin());
				row.setMonthsMax(r.licenceMonthsMax());
				row.setLicenceRequired(r.licenceRequired());
				row.setVehicleSeizure(r.vehicleSeizure());
				row.setNoteZh(r.note() == null ? null : r.note().zh());
				row.setNoteEn(r.note() == null ? null : r.note().en());
			});
			form.grades.add(row);
		}
		base.circumstancesInOrder().forEach(c -> form.circumstances.add(c.getCode()));
		return form;
	}

	/** The command, and for each of its grades the index of the form row it came from. */
	StandardVersionCommand toCommand(BindingResult result, List<Integer> rowOfGrade) {
		List<GradeRange> ranges = new ArrayList<>();
		for (int i = 0; i < grades.size(); i++) {
			GradeForm g = grades.get(i);
			if (!g.isEnabled()) {
				continue;
			}
			rowOfGrade.add(i);
			LicenceAction licence = g.getLicenceAction() == null ? LicenceAction.NONE : g.getLicenceAction();
			ranges.add(new GradeRange(g.getGrade(), g.isWarningAllowed(), fen(g.getFineMin(), "grades[" + i + "].fineMin", result),
					fen(g.getFineMax(), "grades[" + i + "].fineMax", result), g.isFineRequired(), g.getDetentionMin(),
					g.getDetentionMax(), g.isDetentionRequired(), licence,
					licence == LicenceAction.SUSPEND ? g.getMonthsMin() : null,
					licence == LicenceAction.SUSPEND ? g.getMonthsMax() : null, g.isLicenceRequired(), g.isVehicleSeizure(),
					0, blank(g.getNoteZh()) ? null : LocalizedText.of(g.getNoteZh().strip(), blank(g.getNoteEn()) ? null : g.getNoteEn().strip())));
		}
		return new StandardVersionCommand(latestVersion, effectiveFrom, basisZh, basisEn, changeNote, ranges, circumstances);
	}

	private static Long fen(String yuan, String field, BindingResult result) {
		if (blank(yuan)) {
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(TypedNumbers.yuan(yuan));
			if (value.scale() > 2 || value.signum() <= 0) {
				result.rejectValue(field, "penalty.fine.format");
				return null;
			}
			return value.movePointRight(2).longValueExact();
		}
		catch (NumberFormatException | ArithmeticException ex) {
			result.rejectValue(field, "penalty.fine.format");
			return null;
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	public Integer getLatestVersion() {
		return latestVersion;
	}

	public void setLatestVersion(Integer latestVersion) {
		this.latestVersion = latestVersion;
	}

	public LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	public void setEffectiveFrom(LocalDate effectiveFrom) {
		this.effectiveFrom = effectiveFrom;
	}

	public String getBasisZh() {
		return basisZh;
	}

	public void setBasisZh(String basisZh) {
		this.basisZh = basisZh;
	}

	public String getBasisEn() {
		return basisEn;
	}

	public void setBasisEn(String basisEn) {
		this.basisEn = basisEn;
	}

	public String getChangeNote() {
		return changeNote;
	}

	public void setChangeNote(String changeNote) {
		this.changeNote = changeNote;
	}

	public List<GradeForm> getGrades() {
		return grades;
	}

	public void setGrades(List<GradeForm> grades) {
		this.grades = grades;
	}

	public Set<String> getCircumstances() {
		return circumstances;
	}

	public void setCircumstances(Set<String> circumstances) {
		this.circumstances = circumstances == null ? new LinkedHashSet<>() : circumstances;
	}
}
