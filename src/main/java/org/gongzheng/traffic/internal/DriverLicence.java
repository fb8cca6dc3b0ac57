package org.gongzheng.traffic.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What the system knows of a driving licence: the day it was first issued, which starts its scoring cycles. */
@Entity
@Table(name = "driver_licences")
public class DriverLicence {

	@Id
	@Column(name = "licence_number")
	private String licenceNumber;

	@Column(name = "first_issued_on")
	private LocalDate firstIssuedOn;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private Long version;

	protected DriverLicence() {
	}

	DriverLicence(String licenceNumber, LocalDate firstIssuedOn, Instant now) {
		this.licenceNumber = licenceNumber;
		this.firstIssuedOn = firstIssuedOn;
		this.updatedAt = now;
	}

	void firstIssuedOn(LocalDate day, Instant now) {
		this.firstIssuedOn = day;
		this.updatedAt = now;
	}

	public String getLicenceNumber() {
		return licenceNumber;
	}

	public LocalDate getFirstIssuedOn() {
		return firstIssuedOn;
	}
}
