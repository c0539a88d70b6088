/** The built-in sign-in form's strings (fetched with its code, on the first 401). */
export const signin = {
  signInTitle: 'Sign in to your account',
  signInIntro: 'Sign in with the email and password you used to buy your eSIM.',
  emailLabel: 'Email',
  passwordLabel: 'Password',
  signInButton: 'Sign in',
  signingIn: 'Signing in…',
  signInWrong: 'The email or password is not correct. Check them and try again.',
  passwordRequired: 'Enter your password.',
  forgotPassword: 'Forgot password?',
  resetTitle: 'Reset your password',
  resetIntro: 'Enter your email and we will send you a link to reset your password.',
  resetSend: 'Send reset link',
  resetSending: 'Sending…',
  resetSent: (email: string) =>
    `If an account exists for ${email}, we have sent it a link to reset the password. Check your inbox, then sign in here.`,
  backToSignIn: 'Back to sign in',
};
