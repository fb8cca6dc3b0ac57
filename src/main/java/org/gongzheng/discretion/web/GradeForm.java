package org.gongzheng.discretion.web;

import org.gongzheng.discretion.Grade;
import org.gongzheng.discretion.LicenceAction;

/** One grade row of the standard form; amounts are yuan as typed. */
public class GradeForm {

	private Grade grade;

	private boolean enabled;

	private boolean warningAllowed;

	private String fineMin;

	private String fineMax;

	private boolean fineRequired;

	private Integer detentionMin;

	private Integer detentionMax;

	private boolean detentionRequired;

	private LicenceAction licenceAction = LicenceAction.NONE;

	private Integer monthsMin;

	private Integer monthsMax;

	private boolean licenceRequired;

	private boolean vehicleSeizure;

	private String noteZh;

	private String noteEn;

	public Grade getGrade() {
		return grade;
	}

	public void setGrade(Grade grade) {
		this.grade = grade;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public boolean isWarningAllowed() {
		return warningAllowed;
	}

	public void setWarningAllowed(boolean warningAllowed) {
		this.warningAllowed = warningAllowed;
	}

	public String getFineMin() {
		return fineMin;
	}

	public void setFineMin(String fineMin) {
		this.fineMin = fineMin;
	}

	public String getFineMax() {
		return fineMax;
	}

	public void setFineMax(String fineMax) {
		this.fineMax = fineMax;
	}

	public boolean isFineRequired() {
		return fineRequired;
	}

	public void setFineRequired(boolean fineRequired) {
		this.fineRequired = fineRequired;
	}

	public Integer getDetentionMin() {
		return detentionMin;
	}

	public void setDetentionMin(Integer detentionMin) {
		this.detentionMin = detentionMin;
	}

	public Integer getDetentionMax() {
		return detentionMax;
	}

	public void setDetentionMax(Integer detentionMax) {
		this.detentionMax = detentionMax;
	}

	public boolean isDetentionRequired() {
		return detentionRequired;
	}

	public void setDetentionRequired(boolean detentionRequired) {
		this.detentionRequired = detentionRequired;
	}

	public LicenceAction getLicenceAction() {
		return licenceAction;
	}

	public void setLicenceAction(LicenceAction licenceAction) {
		this.licenceAction = licenceAction;
	}

	public Integer getMonthsMin() {
		return monthsMin;
	}

	public void setMonthsMin(Integer monthsMin) {
		this.monthsMin = monthsMin;
	}

	public Integer getMonthsMax() {
		return monthsMax;
	}

	public void setMonthsMax(Integer monthsMax) {
		this.monthsMax = monthsMax;
	}

	public boolean isLicenceRequired() {
		return licenceRequired;
	}

	public void setLicenceRequired(boolean licenceRequired) {
		this.licenceRequired = licenceRequired;
	}

	public boolean isVehicleSeizure() {
		return vehicleSeizure;
	}

	public void setVehicleSeizure(boolean vehicleSeizure) {
		this.vehicleSeizure = vehicleSeizure;
	}

	public String getNoteZh() {
		return noteZh;
	}

	public void setNoteZh(String noteZh) {
		this.noteZh = noteZh;
	}

	public String getNoteEn() {
		return noteEn;
	}

	public void setNoteEn(String noteEn) {
		this.noteEn = noteEn;
	}
}
