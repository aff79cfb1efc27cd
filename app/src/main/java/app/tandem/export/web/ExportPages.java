package app.tandem.export.web;

import app.tandem.export.DataExport;
import app.tandem.partner.PartnerPrincipal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** "Download my data" on the account page: the export as a file. */
@Controller
class ExportPages {

    private final DataExport export;
    private final Clock clock;

    ExportPages(DataExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/account/export")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal PartnerPrincipal me) {
        String name = "tandem-export-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".json";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(export.of(me.id()).toPrettyString().getBytes(StandardCharsets.UTF_8));
    }
}
