package org.gongzheng.casework.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gongzheng.shared.identity.Masking;

/** A person or organization involved in a case. Identity numbers are checked before they get here. */
@Entity
@Table(name = "case_parties")
public class Party {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private Long caseId;

	@Enumerated(EnumType.STRING)
	private PartyKind kind;

	@Enumerated(EnumType.STRING)
	private PartyRole role;

	private String name;

	@Column(name = "id_number")
	private String idNumber;

	private String gender;

	@Column(name = "birth_date")
	private LocalDate birthDate;

	private String phone;

	private String address;

	@Column(name = "credit_code")
	private String creditCode;

	@Column(name = "legal_representative")
	private String legalRepresentative;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private Long version;

	protected Party() {
	}

	static Party person(long caseId, PartyRole role, String name, String idNumber, String gender, LocalDate birthDate,
			String phone, String address, long createdBy, Instant now) {
		Party party = new Party(caseId, PartyKind.PERSON, role, name, phone, address, createdBy, now);
		party.idNumber = idNumber;
		party.gender = gender;
		party.birthDate = birthDate;
		return party;
	}

	static Party organization(long caseId, PartyRole role, String name, String creditCode, String legalRepresentative,
			String phone, String address, long createdBy, Instant now) {
		Party party = new Party(caseId, PartyKind.ORGANIZATION, role, name, phone, address, createdBy, now);
		party.creditCode = creditCode;
		party.legalRepresentative = legalRepresentative;
		return party;
	}

	private Party(long caseId, PartyKind kind, PartyRole role, String name, String phone, String address, long createdBy,
			Instant now) {
		this.caseId = caseId;
		this.kind = kind;
		this.role = role;
		this.name = name;
		this.phone = phone;
		this.address = address;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	public String maskedIdNumber() {
		return idNumber == null ? null : Masking.mask(idNumber, 6, 4);
	}

	public String maskedPhone() {
		return Masking.maskPhone(phone);
	}

	public Long getId() {
		return id;
	}

	public Long getCaseId() {
		return caseId;
	}

	public PartyKind getKind() {
		return kind;
	}

	public PartyRole getRole() {
		return role;
	}

	public String getName() {
		return name;
	}

	public String getIdNumber() {
		return idNumber;
	}

	public String getGender() {
		return gender;
	}

	public LocalDate getBirthDate() {
		return birthDate;
	}

	public String getPhone() {
		return phone;
	}

	public String getAddress() {
		return address;
	}

	public String getCreditCode() {
		return creditCode;
	}

	public String getLegalRepresentative() {
		return legalRepresentative;
	}

	public Long getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Long getVersion() {
		return version;
	}
}
