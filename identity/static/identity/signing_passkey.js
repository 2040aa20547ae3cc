// Signing with a passkey: ask the server for this signing's challenge, let the browser's passkey
// answer it, and post the answer with the signing form. The server verifies the answer in the
// signing service; nothing here decides anything. A file, not inline script, for the
// Content-Security-Policy.
(() => {
  "use strict";

  const button = document.getElementById("sign-with-passkey");
  if (!button || !window.PublicKeyCredential) return;
  const form = button.closest("form");
  const field = document.getElementById("id_passkey_assertion");
  const status = document.getElementById("sign-with-passkey-status");

  const fromBase64url = (text) => {
    const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
    const padded = base64 + "=".repeat((4 - (base64.length % 4)) % 4);
    return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0)).buffer;
  };
  const toBase64url = (buffer) =>
    btoa(String.fromCharCode(...new Uint8Array(buffer)))
      .replace(/\+/g, "-")
      .replace(/\//g, "_")
      .replace(/=+$/, "");

  const say = (text) => {
    status.textContent = text;
  };

  async function sign() {
    if (!form.reportValidity()) return;
    button.disabled = true;
    say("Asking your passkey…");
    try {
      const token = form.querySelector("input[name=csrfmiddlewaretoken]").value;
      const answer = await fetch(button.dataset.challengeUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: { "X-CSRFToken": token, Accept: "application/json" },
      });
      if (!answer.ok) throw new Error("The server did not give a challenge.");
      const options = await answer.json();
      const credential = await navigator.credentials.get({
        publicKey: {
          ...options,
          challenge: fromBase64url(options.challenge),
          allowCredentials: (options.allowCredentials || []).map((item) => ({
            ...item,
            id: fromBase64url(item.id),
          })),
        },
      });
      const response = credential.response;
      field.value = JSON.stringify({
        id: credential.id,
        rawId: toBase64url(credential.rawId),
        type: credential.type,
        authenticatorAttachment: credential.authenticatorAttachment,
        clientExtensionResults: credential.getClientExtensionResults(),
        response: {
          clientDataJSON: toBase64url(response.clientDataJSON),
          authenticatorData: toBase64url(response.authenticatorData),
          signature: toBase64url(response.signature),
          userHandle: response.userHandle ? toBase64url(response.userHandle) : null,
        },
      });
      say("Signing…");
      form.submit();
    } catch (error) {
      button.disabled = false;
      say(`Your passkey did not answer (${error.message}). Nothing was signed; try again, or use a code.`);
    }
  }

  button.hidden = false;
  button.addEventListener("click", sign);
})();
