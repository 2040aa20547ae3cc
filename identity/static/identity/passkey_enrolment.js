// Once django-otp-webauthn's script has added a passkey, go on to the recovery codes (the first
// time) or back to the list: the server decides which (identity.views.passkey_added).
document.addEventListener("otp_webauthn.register_complete", () => {
  document.getElementById("passkey-added").submit();
});
