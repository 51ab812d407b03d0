package dev.lsorg.bench;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.client.WebClient;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * The floor {@link StartupBenchmark} compares lsorg with: a bare JVM that starts Vert.x and a Lanterna screen on
 * the real terminal, draws a header, fetches one small JSON answer from its own HTTP server on loopback and draws
 * it as a row ("Production ..."), then waits to be killed. No emulator, no org, no command line: what any
 * Vert.x + Lanterna console pays before its first data row. It runs with lsorg's process defaults
 * ({@link dev.lsorg.cli.ProcessDefaults}: no Netty buffer events for JFR), so the two are compared like for like.
 */
public final class StartupReference {
    private StartupReference() {
    }

    public static void main(String[] args) throws Exception {
        dev.lsorg.cli.ProcessDefaults.apply();
        Vertx vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer()
                .requestHandler(r -> r.response().putHeader("content-type", "application/json")
                        .end("[{\"display_name\":\"Production\"}]"))
                .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get();
        TerminalScreen screen = new TerminalScreen(new UnixTerminal(System.in, System.out, StandardCharsets.UTF_8));
        screen.startScreen();
        TextGraphics g = screen.newTextGraphics();
        g.setForegroundColor(TextColor.ANSI.CYAN);
        g.putString(0, 0, " lsorg reference: JVM + Vert.x + Lanterna");
        screen.refresh();
        String body = WebClient.create(vertx).get(server.actualPort(), "127.0.0.1", "/").send()
                .toCompletionStage().toCompletableFuture().get().bodyAsString();
        String name = body.replaceAll(".*\"display_name\":\"([^\"]*)\".*", "$1");
        g.putString(0, 3, String.format("%-30s %s", name, "reference row"));
        screen.refresh();
        new CountDownLatch(1).await();
    }
}
