package vn.dvhc.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A job context answers message look-ups as Spring's empty default would, without that default's start-up cost. */
class NoMessagesTest {

    @Test
    void aJobContextHasNoMessagesButItsDefaults() {
        try (AnnotationConfigApplicationContext context = BatchInfraConfig.newContext()) {
            context.refresh();
            assertThat(context.getBean(AnnotationConfigApplicationContext.MESSAGE_SOURCE_BEAN_NAME))
                    .isInstanceOf(NoMessages.class);
            assertThat(context.getMessage("job.title", null, "the default", Locale.ROOT)).isEqualTo("the default");
            assertThat(context.getMessage(new DefaultMessageSourceResolvable(new String[]{"a", "b"}, "given"),
                    Locale.ROOT)).isEqualTo("given");
            assertThatThrownBy(() -> context.getMessage("job.title", null, Locale.ROOT))
                    .isInstanceOf(NoSuchMessageException.class).hasMessageContaining("job.title");
            assertThatThrownBy(() -> context.getMessage(new DefaultMessageSourceResolvable(new String[]{"a", "b"}),
                    Locale.ROOT)).isInstanceOf(NoSuchMessageException.class).hasMessageContaining("'b'");
        }
    }
}
