package org.gongzheng.casework.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import org.gongzheng.casework.internal.PartyCommand;
import org.gongzheng.casework.internal.PartyKind;
import org.gongzheng.casework.internal.PartyRole;

/** The form behind {@link PartyCommand}. */
public class PartyForm {

	private PartyKind kind = PartyKind.PERSON;

	private PartyRole role = PartyRole.OFFENDER;

	private String name;

	private String idNumber;

	private String gender;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate birthDate;

	private String phone;

	private String address;

	private String creditCode;

	private String legalRepresentative;

	PartyCommand toCommand() {
		return new PartyCommand(kind, role, name, idNumber, gender, birthDate, phone, address, creditCode,
				legalRepresentative);
	}

	public PartyKind getKind() {
		return kind;
	}

	public void setKind(PartyKind kind) {
		this.kind = kind;
	}

	public PartyRole getRole() {
		return role;
	}

	public void setRole(PartyRole role) {
		this.role = role;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getIdNumber() {
		return idNumber;
	}

	public void setIdNumber(String idNumber) {
		this.idNumber = idNumber;
	}

	public String getGender() {
		return gender;
	}

	public void setGender(String gender) {
		this.gender = gender;
	}

	public LocalDate getBirthDate() {
		return birthDate;
	}

	public void setBirthDate(LocalDate birthDate) {
		this.birthDate = birthDate;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getCreditCode() {
		return creditCode;
	}

	public void setCreditCode(String creditCode) {
		this.creditCode = creditCode;
	}

	public String getLegalRepresentative() {
		return legalRepresentative;
	}

	public void setLegalRepresentative(String legalRepresentative) {
		this.legalRepresentative = legalRepresentative;
	}
}
