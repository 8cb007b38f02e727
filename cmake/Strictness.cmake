# One INTERFACE target carries every warning and strictness flag, so each
# layer gets the same rules by linking it (as qBittorrent's qbt_common_cfg).
add_library(viptill_strict INTERFACE)
target_compile_options(viptill_strict INTERFACE
  -Wall -Wextra -pedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Woverloaded-virtual -Wconversion -Wsign-conversion
  -Wnull-dereference -Wimplicit-fallthrough
  # Aggregates are often built with their leading fields only; the rest keep
  # their default member initialisers.
  -Wno-missing-field-initializers)
target_compile_definitions(viptill_strict INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CONTEXTLESS_CONNECT
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_URL_CAST_FROM_STRING
  QT_DISABLE_DEPRECATED_UP_TO=0x060400)
if(VIPTILL_WERROR)
  target_compile_options(viptill_strict INTERFACE -Werror)
endif()
if(VIPTILL_SANITIZE)
  target_compile_options(viptill_strict INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(viptill_strict INTERFACE -fsanitize=address,undefined)
endif()
