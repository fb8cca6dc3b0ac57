package org.gongzheng.organization.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;

import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.internal.Officer;
import org.gongzheng.organization.internal.OfficerCommand;

/** The form behind {@link OfficerCommand}, with the account fields used when opening one. */
public class OfficerForm {

	private String policeNumber;

	private String name;

	private Long unitId;

	private String post;

	private String phone;

	private QualificationLevel qualificationLevel;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate qualificationValidFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate qualificationValidUntil;

	private boolean active = true;

	private Long version;

	private String username;

	private String password;

	private Set<Role> roles = EnumSet.of(Role.OFFICER);

	static OfficerForm of(Officer officer) {
		OfficerForm form = new OfficerForm();
		form.fillFrom(officer);
		return form;
	}

	/** Shows the officer's saved data, keeping what was entered for the account. */
	void fillFrom(Officer officer) {
		this.policeNumber = officer.getPoliceNumber();
		this.name = officer.getName();
		this.unitId = officer.getUnitId();
		this.post = officer.getPost();
		this.phone = officer.getPhone();
		this.qualificationLevel = officer.getQualificationLevel();
		this.qualificationValidFrom = officer.getQualificationValidFrom();
		this.qualificationValidUntil = officer.getQualificationValidUntil();
		this.active = officer.isActive();
		this.version = officer.getVersion();
	}

	OfficerCommand toCommand() {
		// The form always says what the phone is: an empty box clears it, where a client leaving the
		// field out keeps it.
		return new OfficerCommand(policeNumber, name, unitId, post, phone == null ? "" : phone, qualificationLevel,
				qualificationValidFrom, qualificationValidUntil, active);
	}

	public String getPoliceNumber() {
		return policeNumber;
	}

	public void setPoliceNumber(String policeNumber) {
		this.policeNumber = policeNumber;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public String getPost() {
		return post;
	}

	public void setPost(String post) {
		this.post = post;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public QualificationLevel getQualificationLevel() {
		return qualificationLevel;
	}

	public void setQualificationLevel(QualificationLevel qualificationLevel) {
		this.qualificationLevel = qualificationLevel;
	}

	public LocalDate getQualificationValidFrom() {
		return qualificationValidFrom;
	}

	public void setQualificationValidFrom(LocalDate qualificationValidFrom) {
		this.qualificationValidFrom = qualificationValidFrom;
	}

	public LocalDate getQualificationValidUntil() {
		return qualificationValidUntil;
	}

	public void setQualificationValidUntil(LocalDate qualificationValidUntil) {
		this.qualificationValidUntil = qualificationValidUntil;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}
}
