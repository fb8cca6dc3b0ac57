package org.gongzheng.organization.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitKind;
import org.gongzheng.organization.ApiTokenUse;
import org.gongzheng.organization.internal.AccountSessions;
import org.gongzheng.organization.internal.ApiTokens;
import org.gongzheng.organization.internal.Officer;
import org.gongzheng.organization.internal.OfficerTokens;
import org.gongzheng.organization.internal.OfficerCommand;
import org.gongzheng.organization.internal.OrganizationAdministration;
import org.gongzheng.organization.internal.PasswordChanges;
import org.gongzheng.organization.internal.PausedSignIn;
import org.gongzheng.organization.internal.SignInPauses;
import org.gongzheng.organization.internal.Unit;
import org.gongzheng.organization.internal.UnitCommand;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.web.PageDto;
import org.gongzheng.shared.web.PageNumber;
import org.gongzheng.shared.web.PageSize;
import org.gongzheng.shared.web.Paging;

/**
 * Units and officers over HTTP. Reading is open to every signed-in user within their data scope;
 * changes need the ADMIN role and stay inside the administrator's bureau. Updates name the
 * version they were made against ({@code ?version=}); a changed record answers 409.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organization", description = "Units, officers and the signed-in account")
class OrganizationApiController {

	private final OrganizationAdministration administration;

	private final PasswordChanges passwords;

	private final SignInPauses pauses;

	private final ApiTokens tokens;

	private final OfficerTokens officerTokens;

	private final AccountSessions sessions;

	OrganizationApiController(OrganizationAdministration administration, PasswordChanges passwords, SignInPauses pauses,
			ApiTokens tokens, OfficerTokens officerTokens, AccountSessions sessions) {
		this.administration = administration;
		this.passwords = passwords;
		this.pauses = pauses;
		this.tokens = tokens;
		this.officerTokens = officerTokens;
		this.sessions = sessions;
	}

	record UnitDto(long id, Long parentId, String code, String nameZh, String nameEn, String shortName, UnitKind kind,
			String path, String zoneId, boolean active, boolean legalAffairs, long version) {

		static UnitDto of(Unit u) {
			return new UnitDto(u.getId(), u.getParentId(), u.getCode(), u.getNameZh(), u.getNameEn(), u.getShortName(),
					u.getKind(), u.getPath(), u.getZoneId(), u.isActive(), u.isLegalAffairs(), u.getVersion());
		}
	}

	record OfficerDto(long id, String policeNumber, String name, long unitId, String post,
			QualificationLevel qualificationLevel, LocalDate qualificationValidFrom, LocalDate qualificationValidUntil,
			boolean approvalRightsSuspended, boolean active, long version) {

		static OfficerDto of(Officer o) {
			return new OfficerDto(o.getId(), o.getPoliceNumber(), o.getName(), o.getUnitId(), o.getPost(),
					o.getQualificationLevel(), o.getQualificationValidFrom(), o.getQualificationValidUntil(),
					o.isApprovalRightsSuspended(), o.isActive(), o.getVersion());
		}
	}

	record MeDto(long officerId, String username, String name, long unitId, Set<Role> roles, String scope) {
	}

	@GetMapping("/me")
	@Operation(summary = "The signed-in account, its roles and data scope")
	MeDto me(@AuthenticationPrincipal SignedInOfficer me) {
		return new MeDto(me.officerId(), me.getUsername(), me.name(), me.unitId(), me.roles(), me.scope().pathPrefix());
	}

	record PasswordChange(String currentPassword, String newPassword) {
	}

	@PutMapping("/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change the signed-in officer's own password",
			description = "Needs the current password. Wrong current passwords count towards the sign-in limit, like wrong "
					+ "sign-ins; later calls sign in with the new password, and page sessions signed in with the old one "
					+ "end at their next page.")
	void changePassword(@RequestBody PasswordChange change, @AuthenticationPrincipal SignedInOfficer me,
			HttpServletRequest request) {
		passwords.change(me, change.currentPassword(), change.newPassword(), null, request.getRemoteAddr());
	}

	record TokenRequest(String name, Integer validDays) {
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/me/tokens")
	@Operation(summary = "Make an access token for an API client",
			description = "The answer holds the token, the only time it is shown; send it as `Authorization: Bearer <token>` "
					+ "instead of HTTP Basic. `validDays` 1–365, default 90. It stops working when revoked, expired, or once "
					+ "the account's password is changed or reset. Only a call signed in with the password may make one "
					+ "(403 `apiToken.needsPassword` with a token), so a token that leaks cannot make itself others.")
	ResponseEntity<ApiTokens.Created> createToken(@RequestBody TokenRequest request,
			@AuthenticationPrincipal SignedInOfficer me) {
		if (ApiTokenUse.current().isPresent()) {
			throw new ForbiddenException("apiToken.needsPassword");
		}
		ApiTokens.Created created = tokens.create(me, request.name(), request.validDays());
		return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + created.id()))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(created);
	}

	@GetMapping("/me/tokens")
	@Operation(summary = "The signed-in officer's access tokens not revoked, newest first (never the tokens themselves)")
	List<ApiTokens.Listed> tokens(@AuthenticationPrincipal SignedInOfficer me) {
		return tokens.of(me);
	}

	@DeleteMapping("/me/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke one of the signed-in officer's access tokens", description = "Revoking it again changes nothing.")
	void revokeToken(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer me) {
		tokens.revoke(me, id);
	}

	@DeleteMapping("/me/sessions")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "End all the signed-in officer's page sessions",
			description = "Every browser signed in as this officer is signed out at its next page; the password stays. "
					+ "API calls hold no session, and access tokens keep working (revoke them under `/me/tokens`). Audited.")
	void endSessions(@AuthenticationPrincipal SignedInOfficer me) {
		sessions.endOwn(me);
	}

	@GetMapping("/units")
	@Operation(summary = "Units in the caller's data scope, as a tree ordered by path")
	List<UnitDto> units(@AuthenticationPrincipal SignedInOfficer me) {
		return administration.allUnits(me.scope()).stream().map(UnitDto::of).toList();
	}

	@GetMapping("/units/{id}")
	UnitDto unit(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer me) {
		return UnitDto.of(administration.unit(me.scope(), id));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/units")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<UnitDto> createUnit(@Valid @RequestBody UnitCommand command, @AuthenticationPrincipal SignedInOfficer me) {
		Unit unit = administration.createUnit(me.scope(), command);
		return ResponseEntity.created(URI.create("/api/v1/units/" + unit.getId())).body(UnitDto.of(unit));
	}

	@PutMapping("/units/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	UnitDto updateUnit(@PathVariable long id, @RequestParam long version, @Valid @RequestBody UnitCommand command,
			@AuthenticationPrincipal SignedInOfficer me) {
		return UnitDto.of(administration.updateUnit(me.scope(), id, version, command));
	}

	@GetMapping("/officers")
	@Operation(summary = "Officers in the caller's data scope")
	PageDto<OfficerDto> officers(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "50") @PageSize(max = 200) int size,
			@AuthenticationPrincipal SignedInOfficer me) {
		return PageDto.of(administration.searchOfficers(me.scope(), unitId, q,
				Paging.within(page, size, 200)), OfficerDto::of);
	}

	@GetMapping("/officers/{id}")
	OfficerDto officer(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer me) {
		return OfficerDto.of(administration.officer(me.scope(), id));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/officers")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<OfficerDto> createOfficer(@Valid @RequestBody OfficerCommand command,
			@AuthenticationPrincipal SignedInOfficer me) {
		Officer officer = administration.createOfficer(me.scope(), command);
		return ResponseEntity.created(URI.create("/api/v1/officers/" + officer.getId())).body(OfficerDto.of(officer));
	}

	@PutMapping("/officers/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	OfficerDto updateOfficer(@PathVariable long id, @RequestParam long version, @Valid @RequestBody OfficerCommand command,
			@AuthenticationPrincipal SignedInOfficer me) {
		return OfficerDto.of(administration.updateOfficer(me.scope(), id, version, command));
	}

	@GetMapping("/officers/{id}/sign-in-pauses")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Addresses from which the officer's sign-ins are paused now, and until when",
			description = "Empty when nothing is paused; 404 when the officer has no account.")
	List<PausedSignIn> signInPauses(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer me) {
		return pauses.of(me.scope(), id);
	}

	@DeleteMapping("/officers/{id}/sign-in-pauses")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Lift every pause on the officer's sign-ins at once",
			description = "The officer's failed sign-ins are forgotten, so every address may try again now. Audited.")
	void liftSignInPauses(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer me) {
		pauses.lift(me.scope(), id);
	}

	@GetMapping("/officers/{id}/tokens")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "The officer's access tokens not revoked (never the tokens themselves)")
	List<ApiTokens.Listed> officerTokens(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer me) {
		return officerTokens.of(me.scope(), id);
	}

	@DeleteMapping("/officers/{id}/tokens")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke all the officer's access tokens, as for a lost device", description = "Audited.")
	void revokeOfficerTokens(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer me) {
		officerTokens.revokeAll(me.scope(), id);
	}

	@DeleteMapping("/officers/{id}/sessions")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "End all the officer's page sessions, without resetting the password",
			description = "Each ends at its next page; access tokens are revoked separately. 404 when the officer has no "
					+ "account or is outside the caller's bureau. Audited.")
	void endOfficerSessions(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer me) {
		sessions.endAll(me.scope(), id);
	}
}
