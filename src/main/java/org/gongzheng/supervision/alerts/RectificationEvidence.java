package org.gongzheng.supervision.alerts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.KeptUploads;
import org.gongzheng.shared.web.KeptUploads.KeptUpload;

/**
 * The evidence file of the rectification form: sent with the form, or kept from the last attempt
 * that came back with errors, so that the officer who forgot the explanation does not choose the
 * file again (a browser cannot fill a file field in again).
 */
@Component
class RectificationEvidence {

	static final String FIELD = EvidenceFiles.FIELD;

	private final AlertWorkflow workflow;

	private final EvidenceFiles files;

	private final KeptUploads keptUploads;

	RectificationEvidence(AlertWorkflow workflow, EvidenceFiles files, KeptUploads keptUploads) {
		this.workflow = workflow;
		this.files = files;
		this.keptUploads = keptUploads;
	}

	/**
	 * Rectifies with the file the form brings. Refused on its fields or by a change made meanwhile,
	 * the file is kept for the next attempt and handed to {@code keptForNext}, unless the file
	 * itself was refused. The form is checked before the file is stored, and the file is stored in
	 * the rectification's transaction, so a refused form leaves no evidence file behind.
	 */
	@Transactional
	Alert rectify(Alert alert, AlertCommands.Rectify command, AlertForm form, MultipartFile sent,
			SignedInOfficer officer, Consumer<KeptUpload> keptForNext) {
		MultipartFile file = chosen(sent);
		if (!AlertWorkflow.mayRectify(alert, officer)) {
			// Refused for who the officer is, not for what the form holds: nothing to keep.
			return workflow.rectify(alert.id(), command, null, officer);
		}
		KeptUpload kept = keptUploads.sentBack(form, file != null, officer.officerId(), keptFor(alert.id()), FIELD)
			.orElse(null);
		try {
			check(file, command);
			Alert rectified = workflow.rectify(alert.id(), command, store(file, kept), officer);
			if (kept != null) {
				keptUploads.discardOnceSaved(kept);
			}
			return rectified;
		}
		catch (InvalidInputException | ConflictException ex) {
			boolean fileRefused = ex instanceof InvalidInputException invalid
					&& invalid.fieldProblems().stream().anyMatch(p -> FIELD.equals(p.field()));
			keptUploads.forNextAttempt(fileRefused, kept, file, officer.officerId(), keptFor(alert.id()))
				.ifPresent(keptForNext);
			throw ex;
		}
	}

	/**
	 * A file the officer chose, even an empty one: an empty file is refused, not taken for no file
	 * (a rectification recorded without the evidence its officer meant to send). A browser sends a
	 * part without a name when no file was chosen.
	 */
	private static MultipartFile chosen(MultipartFile sent) {
		if (sent == null) {
			return null;
		}
		String name = sent.getOriginalFilename();
		return !sent.isEmpty() || (name != null && !name.isBlank()) ? sent : null;
	}

	/** The file and the form's fields together, so that every problem is shown at once. */
	private void check(MultipartFile file, AlertCommands.Rectify command) {
		List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
		if (file != null) {
			try {
				files.check(file);
			}
			catch (InvalidInputException ex) {
				problems.addAll(ex.fieldProblems());
			}
		}
		try {
			workflow.check(command);
		}
		catch (InvalidInputException ex) {
			problems.addAll(ex.fieldProblems());
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private EvidenceFiles.Stored store(MultipartFile file, KeptUpload kept) {
		if (file != null) {
			return files.store(file);
		}
		if (kept == null) {
			return null;
		}
		try (InputStream content = keptUploads.open(kept, FIELD)) {
			return files.store(content, kept.fileName(), kept.contentType(), kept.size());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The file this officer's last attempt at the alert's rectification kept, if it is still kept. */
	Optional<KeptUpload> kept(long alertId, String token, SignedInOfficer officer) {
		return keptUploads.find(token, officer.officerId(), keptFor(alertId));
	}

	/** Which form a kept file belongs to: the rectification of one alert. */
	private static String keptFor(long alertId) {
		return "alert-" + alertId + "-rectification";
	}
}
